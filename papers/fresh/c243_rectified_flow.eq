% Flow straight and fast (rectified flow), Liu, Gong & Liu (2022), Eq. 1: the linear interpolation
X_0, X_1 \in \mathbb{R}^{d}, t \in \mathbb{R}

X_t = tX_1 + (1 - t)X_0
