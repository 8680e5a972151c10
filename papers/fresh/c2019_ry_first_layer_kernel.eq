% Roberts & Yaida, The Principles of Deep Learning Theory (2022), Sec. 4.1 Eq. 4.23 (from memory): the first-layer
% metric with R&Y's semicolon sample indices; x_{j;alpha} the n_0 components of the N_D inputs (declared from prose)
x \in \mathbb{R}^{n_0 \times N_D}, C_b^{(1)}, C_W^{(1)} \in \mathbb{R}

G^{(1)}_{\alpha_1\alpha_2} \equiv C_b^{(1)} + C_W^{(1)} \frac{1}{n_0}\sum_{j=1}^{n_0} x_{j;\alpha_1} x_{j;\alpha_2}
