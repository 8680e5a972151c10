% Fleuret, The Little Book of Deep Learning, Section 4.6 (batch normalization, per component d over the B samples of a
% batch), from memory of the printing
x \in \mathbb{R}^{B \times D}, \gamma \in \mathbb{R}^{D}, \beta \in \mathbb{R}^{D}, \epsilon \in \mathbb{R}

\hat{m}_d = \frac{1}{B} \sum_{b=1}^{B} x_{b,d}
\hat{v}_d = \frac{1}{B} \sum_{b=1}^{B} (x_{b,d} - \hat{m}_d)^2
z_{b,d} = \frac{x_{b,d} - \hat{m}_d}{\sqrt{\hat{v}_d + \epsilon}}
y_{b,d} = \gamma_d z_{b,d} + \beta_d
