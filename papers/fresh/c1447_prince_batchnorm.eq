% Prince, Understanding Deep Learning (2023), Sec. 11.4 (batch normalization) as printed: one hidden unit's
% activations h_i over the batch B of n examples (prose), standardised, then scaled and shifted
h \in \mathbb{R}^{n}, \gamma, \delta, \epsilon \in \mathbb{R}

m_h = \frac{1}{|\mathcal{B}|}\sum_{i\in\mathcal{B}} h_i
s_h = \sqrt{\frac{1}{|\mathcal{B}|}\sum_{i\in\mathcal{B}}(h_i - m_h)^2}
h_i \leftarrow \frac{h_i - m_h}{s_h + \epsilon}
h_i \leftarrow \gamma h_i + \delta
