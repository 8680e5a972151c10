% A declared error vector e and a power of e: its square or Euler's number squared.
e \in \mathbb{R}^{m}
L = \sum_i e_i^2 + e^2
% ~ERROR E0320
