% Temporal Fusion Transformers, Lim et al. (2021), Eq. 24 as printed (from memory of the printing): the quantile
% loss of a target y against its prediction hat y at quantile q
y, \hat{y}, q \in \mathbb{R}

QL(y, \hat{y}, q) = q(y - \hat{y})_{+} + (1 - q)(\hat{y} - y)_{+}
