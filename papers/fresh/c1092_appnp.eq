% APPNP, Klicpera et al. (2019), Eq. 4: K steps of the power iteration, written with the step as a label
\hat{\tilde{A}} \in \mathbb{R}^{n \times n}, H \in \mathbb{R}^{n \times c}, \alpha \in \mathbb{R}

Z^{(0)} = H
Z^{(1)} = (1 - \alpha)\hat{\tilde{A}} Z^{(0)} + \alpha H
Z^{(2)} = (1 - \alpha)\hat{\tilde{A}} Z^{(1)} + \alpha H
Z = \mathrm{softmax}\left((1 - \alpha)\hat{\tilde{A}} Z^{(2)} + \alpha H\right)
