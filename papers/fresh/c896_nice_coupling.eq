% NICE, Dinh et al. (2015), Sec. 3.2 with the partition I_1 = 1:d, I_2 = d+1:D written as slices (as RealNVP
% Eqs. 4-5 print them): the additive coupling layer; the coupling function m is a linear map (helper)
x \in \mathbb{R}^{D}, W \in \mathbb{R}^{(D-d) \times d}

m(h) = W h
y_{1:d} = x_{1:d}
y_{d+1:D} = x_{d+1:D} + m(x_{1:d})
