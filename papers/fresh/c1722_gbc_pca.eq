% Goodfellow, Bengio & Courville, Deep Learning, Section 2.12, Eqs. 2.66-2.67 (PCA's encoder and reconstruction), as
% printed; D has l orthonormal columns
\boldsymbol{x} \in \mathbb{R}^{n}, \boldsymbol{D} \in \mathbb{R}^{n \times l}

f(\boldsymbol{x}) = \boldsymbol{D}^\top \boldsymbol{x}
r(\boldsymbol{x}) = \boldsymbol{D} \boldsymbol{D}^\top \boldsymbol{x}
