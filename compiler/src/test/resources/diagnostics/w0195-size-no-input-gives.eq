% A mean over m samples written with 1/m and a sum up to m, where no input has m as an axis: the
% definition takes m as a size parameter (eqc run --dim m=INT).
w \in \mathbb{R}^{d}
g = \frac{1}{m}\sum_{i=1}^{m} i w
% ~WARNING W0195
