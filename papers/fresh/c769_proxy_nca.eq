% Proxy-NCA, Movshovitz-Attias et al. (2017), Eq. 6 with d the squared Euclidean distance: the loss of one
% embedding x whose class proxy is p_y; the proxies of the other classes are the rows of Z (prose)
x \in \mathbb{R}^{D}, p_y \in \mathbb{R}^{D}, Z \in \mathbb{R}^{C \times D}

d(a, b) = \|a - b\|^2
L_{NCA}(x, p_y, Z) = -\log \left( \frac{\exp(-d(x, p_y))}{\sum_{z \in Z} \exp(-d(x, z))} \right)
