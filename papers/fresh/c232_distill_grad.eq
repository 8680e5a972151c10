% Distilling the knowledge in a neural network, Hinton, Vinyals & Dean (2015), Eq. 2: the gradient of
% the soft-target cross-entropy w.r.t. the logit z_i; v_i the cumbersome model's logits
z, v \in \mathbb{R}^{n}, T \in \mathbb{R}

\frac{\partial C}{\partial z_i} = \frac{1}{T}\left(q_i - p_i\right) = \frac{1}{T}\left(\frac{e^{z_i/T}}{\sum_j e^{z_j/T}} - \frac{e^{v_i/T}}{\sum_j e^{v_j/T}}\right)
