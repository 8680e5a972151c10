% Rezende & Mohamed (2015), Sec. 4.1, radial flow's Jacobian determinant, pasted from the printing
\mathbf{z}, \mathbf{z}_0 \in \mathbb{R}^{d}, \alpha, \beta \in \mathbb{R}

\left| \det \frac{\partial f}{\partial \mathbf{z}} \right| = [1 + \beta h(\alpha, r)]^{d-1} [1 + \beta h(\alpha, r) + \beta h'(\alpha, r) r]
r = |\mathbf{z} - \mathbf{z}_0|, \quad h(\alpha, r) = 1/(\alpha + r)
