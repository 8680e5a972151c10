% Layer normalization (Ba et al., 2016, Eq. 4) with the paper's H as the sum limit while the
% input was declared with d hidden units: the limit is read as d; the H divided by is a size to give.
a \in \mathbb{R}^{d}
\mu = \sum_{i=1}^{H} a_i / H
% ~WARNING W0143
% ~WARNING W0195
