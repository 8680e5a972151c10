% under/over-braces are transparent; primes in superscripts are primes; a conditional's bar separates arguments
x \in \mathbb{R}^{3}
u = \underbrace{x + 1}_{\text{shifted}} \cdot 2
n_h^{'} = \overbrace{x \odot x}^{\text{square}}
P(s' \mid s, a) = s' + 2 s + 3 a
p = P(x \mid n_h', u)
