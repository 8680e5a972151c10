% Nesterov's step written with the parameter under the sign, as lecture notes print it
% (Bengio, Boulanger-Lewandowski & Pascanu 2013, "Advances in optimizing recurrent networks", Sec. 3.5, from memory);
% f a logistic loss (my choice), the labels y_i in {-1, +1}
X \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{n}, \theta_{t-1}, v_{t-1} \in \mathbb{R}^{d}, \mu_{t-1}, \epsilon_{t-1} \in \mathbb{R}

f(\theta) = \frac{1}{n} \sum_{i=1}^{n} \log(1 + \exp(-y_i \theta^\top x_i))
v_t = \mu_{t-1} v_{t-1} - \epsilon_{t-1} \nabla_\theta f(\theta_{t-1} + \mu_{t-1} v_{t-1})
