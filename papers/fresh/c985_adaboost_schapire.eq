% AdaBoost, Freund & Schapire as printed in Schapire (2003), Fig. 1: the weight of weak hypothesis h_t and
% the distribution update; h_t(x_i), y_i \in \{-1, +1\} over m examples, Z_t the normaliser (prose)
D_t \in \mathbb{R}^{m}, y, h_t(x) \in \mathbb{R}^{m}, \epsilon_t, Z_t \in \mathbb{R}

\alpha_t = \frac{1}{2}\ln\left(\frac{1 - \epsilon_t}{\epsilon_t}\right)
D_{t+1}(i) = \frac{D_t(i) \exp(-\alpha_t y_i h_t(x_i))}{Z_t}
