% Boyd & Vandenberghe (2004), Sec. 9.5.1 (the Newton step and the Newton decrement), from memory of the printing;
% f the quadratic of Sec. 9.5's examples with P symmetric positive definite (my choice of f)
P \in \mathbb{R}^{n \times n}, q, x \in \mathbb{R}^{n}, r \in \mathbb{R}

f(x) = (1/2) x^T P x + q^T x + r
\Delta x_{\rm nt} = -\nabla^2 f(x)^{-1} \nabla f(x)
\lambda(x) = (\nabla f(x)^T \nabla^2 f(x)^{-1} \nabla f(x))^{1/2}
