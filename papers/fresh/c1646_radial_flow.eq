% Rezende & Mohamed (2015), Eq. 14 (radial flow), pasted from the printing
\mathbf{z}, \mathbf{z}_0 \in \mathbb{R}^{d}, \alpha, \beta \in \mathbb{R}

f(\mathbf{z}) = \mathbf{z} + \beta h(\alpha, r)(\mathbf{z} - \mathbf{z}_0),
r = |\mathbf{z} - \mathbf{z}_0|, \quad h(\alpha, r) = 1/(\alpha + r)
