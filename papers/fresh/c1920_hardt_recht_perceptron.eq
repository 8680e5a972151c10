% Hardt & Recht, Patterns, Predictions, and Actions (2022), Ch. 3 (the perceptron algorithm), from memory of the
% printing: "if y_i <w_t, x_i> < 1, put w_{t+1} = w_t + y_i x_i, otherwise w_{t+1} = w_t" written as one cases line;
% x_i the sampled example
w_t, x_i \in \mathbb{R}^{d}, y_i \in \mathbb{R}

w_{t+1} = \begin{cases} w_t + y_i x_i & \text{if } y_i \langle w_t, x_i \rangle < 1 \\ w_t & \text{otherwise} \end{cases}
