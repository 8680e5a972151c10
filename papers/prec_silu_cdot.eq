% Reading rule: x \cdot \sigma(x) between two vectors in an activation is element-wise (SiLU as
% printed, Hendrycks & Gimpel 2016 / Elfwing et al. 2018); the result is a d-vector, not a dot product
x \in \mathbb{R}^{d}

\mathrm{SiLU}(x) = x \cdot \sigma(x)
