% Transformers without tears, Nguyen & Salazar (2019), Eq. 8: ScaleNorm (x is a d-dimensional
% vector, prose)
\boldsymbol{x} \in \mathbb{R}^{d}, g \in \mathbb{R}

\mathrm{ScaleNorm}(\boldsymbol{x}; g) = g \frac{\boldsymbol{x}}{\|\boldsymbol{x}\|}
