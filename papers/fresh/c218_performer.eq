% Performer (FAVOR+), Choromanski et al. (2021), Lemma 1 and Eq. 5 with l = 1, f_1 = exp and
% h(x) = exp(-||x||^2/2): positive random features; omega_1..omega_m are the rows of omega (prose)
\mathbf{x} \in \mathbb{R}^{d}, \omega \in \mathbb{R}^{m \times d}

h(\mathbf{x}) = \exp\left(-\frac{\|\mathbf{x}\|^2}{2}\right)
\phi(\mathbf{x}) = \frac{h(\mathbf{x})}{\sqrt{m}} \left(\exp(\omega_1^\top \mathbf{x}), \ldots, \exp(\omega_m^\top \mathbf{x})\right)
