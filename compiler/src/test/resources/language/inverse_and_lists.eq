% Bishop (2006), Eq. 3.15: (\Phi^T \Phi)^{-1} of a square matrix is its inverse; a bracket list concatenates
\Phi \in \mathbb{R}^{N \times 2}, t \in \mathbb{R}^{N}, a, b \in \mathbb{R}^{2}
w = \left(\Phi^{\mathrm{T}}\Phi\right)^{-1}\Phi^{\mathrm{T}} t
h = [a, b]
