% Mahalanobis distance of an observation x from a distribution with mean mu and covariance S
% (Mahalanobis 1936), as printed in most references
\vec{x}, \vec{\mu} \in \mathbb{R}^{N}, S \in \mathbb{R}^{N \times N}

D_M(\vec{x}) = \sqrt{(\vec{x} - \vec{\mu})^\mathsf{T} S^{-1} (\vec{x} - \vec{\mu})}
