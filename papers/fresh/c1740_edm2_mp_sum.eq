% EDM2, Karras et al. (CVPR 2024), App. B.2 magnitude-preserving fixed-function layers: MP-Sum (Eq. 88) and MP-SiLU
% (Eq. 86), from memory of the printing; a, b vectors of D values, t the blend (prose)
\mathbf{a}, \mathbf{b} \in \mathbb{R}^{D}, t \in \mathbb{R}

\operatorname{MP-Sum}(\mathbf{a}, \mathbf{b}, t) = \frac{(1 - t) \mathbf{a} + t \mathbf{b}}{\sqrt{(1 - t)^2 + t^2}}
\operatorname{MP-SiLU}(\mathbf{a}) = \frac{\operatorname{silu}(\mathbf{a})}{0.596}
