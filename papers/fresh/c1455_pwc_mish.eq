% Papers with Code, method page "Mish" as printed (\tanh with braces, \text{softplus}); x a vector of d
% pre-activations (added)
x \in \mathbb{R}^{d}

f\left(x\right) = x\cdot\tanh{\text{softplus}\left(x\right)}
