% a zero start takes the shape of u_k, a number, but W h_{k-1} makes a matrix of it
u \in \mathbb{R}^{L}, W \in \mathbb{R}^{N \times N}
h_k = W h_{k-1} + u_k
% ~ERROR E0347
% ~WARNING W0380
