% TensorFlow 1.x API docs, tf.compat.v1.train.AdamOptimizer (docstring) as rendered (from memory of the printing):
% one step with the gradient g of a variable of n entries; beta_1, beta_2, learning_rate, epsilon and the step t
% are numbers (prose: "beta1: A float value ...")
g, m_{t-1}, v_{t-1}, variable \in \mathbb{R}^{n}, beta_1, beta_2, \text{learning\_rate}, \epsilon, t \in \mathbb{R}

$$lr_t := \text{learning\_rate} * \sqrt{1 - beta_2^t} / (1 - beta_1^t)$$
$$m_t := beta_1 * m_{t-1} + (1 - beta_1) * g$$
$$v_t := beta_2 * v_{t-1} + (1 - beta_2) * g * g$$
$$variable := variable - lr_t * m_t / (\sqrt{v_t} + \epsilon)$$
