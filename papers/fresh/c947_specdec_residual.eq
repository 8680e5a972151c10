% Speculative decoding (Leviathan et al., 2023), Sec. 2.3: after a rejection the token is sampled from the
% residual distribution p'(x) = norm(max(0, p(x) - q(x))), written out with its normaliser
p, q \in \mathbb{R}^{V}

p'(x) = \frac{\max(0, p(x) - q(x))}{\sum_{x'} \max(0, p(x') - q(x'))}
