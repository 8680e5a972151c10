% The Temporal Fusion Transformer's quantile loss (Lim et al. 2021, Eq. 24) as printed
y, \hat{y}, q \in \mathbb{R}

QL(y, \hat{y}, q) = q(y - \hat{y})_{+} + (1 - q)(\hat{y} - y)_{+}
% ~WARNING W0446
