% a vector of one number per sample before the samples' matrix scales each row (rectified flow, batched)
t \in \mathbb{R}^{B}, x_0, \epsilon \in \mathbb{R}^{B \times D}

z_t = (1 - t) x_0 + t \epsilon
% ~WARNING W0508
% ~WARNING W0508
