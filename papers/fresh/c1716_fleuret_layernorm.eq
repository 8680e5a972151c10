% Fleuret, The Little Book of Deep Learning, Section 4.6 (layer normalization, over the D components of each sample),
% from memory of the printing
x \in \mathbb{R}^{B \times D}, \gamma \in \mathbb{R}^{D}, \beta \in \mathbb{R}^{D}, \epsilon \in \mathbb{R}

\mu_b = \frac{1}{D} \sum_{d=1}^{D} x_{b,d}
\sigma_b = \sqrt{\frac{1}{D} \sum_{d=1}^{D} (x_{b,d} - \mu_b)^2}
y_{b,d} = \gamma_d \frac{x_{b,d} - \mu_b}{\sigma_b + \epsilon} + \beta_d
