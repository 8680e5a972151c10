% Speculative decoding (Leviathan et al., 2023), Sec. 2.3: the draft model's guess x ~ q(x) is kept with
% probability min(1, p(x)/q(x)); p and q are the target's and the draft's next-token distributions over V tokens
p, q \in \mathbb{R}^{V}

a(x) = \min\left(1, \frac{p(x)}{q(x)}\right)
