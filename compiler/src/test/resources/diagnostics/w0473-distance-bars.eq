% Rezende & Mohamed's radial flow: r, the distance of z from the centre z_0
\mathbf{z}, \mathbf{z}_0 \in \mathbb{R}^{d}, \alpha, \beta \in \mathbb{R}

r = |\mathbf{z} - \mathbf{z}_0|
% ~WARNING W0473
f = \mathbf{z} + \frac{\beta}{\alpha + r} (\mathbf{z} - \mathbf{z}_0)
