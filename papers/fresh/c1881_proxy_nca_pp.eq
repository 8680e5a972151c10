% Proxy-NCA++, Teh, DeVries & Taylor (2020), Eq. 3 (the loss of one sample with temperature T), from memory of the
% printing and adapted: the proxies written as the rows p_a of p (the paper's f(a) for a in A), p_y the proxy of
% the sample's class; d the squared Euclidean distance (prose), defined here as a user would
x \in \mathbb{R}^{D}, p \in \mathbb{R}^{C \times D}, y \in \{1, \dots, C\}, T = 0.5

d(u, v) = \|u - v\|_2^2
\ell = -\log \frac{\exp\left(-d\left(\frac{x}{\|x\|_2}, \frac{p_y}{\|p_y\|_2}\right) \cdot \frac{1}{T}\right)}{\sum_{a=1}^{C} \exp\left(-d\left(\frac{x}{\|x\|_2}, \frac{p_a}{\|p_a\|_2}\right) \cdot \frac{1}{T}\right)}
