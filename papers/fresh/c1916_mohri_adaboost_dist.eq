% Mohri et al. (2018), Fig. 7.1 (AdaBoost), the distribution update, from memory of the printing: D_t(i) the weight of
% example i, h_t(x_i) in {-1, +1} the base classifier's prediction (declared as the m values, as a user would), m examples
D_t, y \in \mathbb{R}^{m}, h_t(x_i) \in \mathbb{R}^{m}, \alpha_t, Z_t \in \mathbb{R}

D_{t+1}(i) \leftarrow \frac{D_t(i) \exp(-\alpha_t y_i h_t(x_i))}{Z_t}
