% Hardt & Recht (2022), Ch. 5 (stochastic gradient descent on the squared loss of one example), from memory: the step
% w_{t+1} = w_t - alpha_t grad loss, written out for loss(<w, x_i>, y_i) = (1/2)(<w, x_i> - y_i)^2
w_t, x_i \in \mathbb{R}^{d}, y_i, \alpha_t \in \mathbb{R}

w_{t+1} = w_t - \alpha_t (\langle w_t, x_i \rangle - y_i) x_i
