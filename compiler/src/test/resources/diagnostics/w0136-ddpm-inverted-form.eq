% DDPM writes x_0 from x_t(x_0, e): the call on the value being defined is the value of x_t, an input.
x_t(x_0, e) = 2 x_0 + e
x_0 = (x_t(x_0, e) - e) / 2
% ~WARNING W0136
% ~WARNING W0101
