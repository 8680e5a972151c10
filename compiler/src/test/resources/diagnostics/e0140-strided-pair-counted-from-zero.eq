% A pair written from 1 (2i-1, 2i) read by an index that counts from 0 (the parts are 2i, 2i+1).
x \in \mathbb{R}^{d}
y_{2i} = x_{2i-1}
% ~ERROR E0140
y_{2i+1} = x_{2i}
