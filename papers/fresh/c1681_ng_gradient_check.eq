% deeplearning.ai (Ng), "Gradient Checking", Eq. (3), as printed (from memory of the notebook): grad the
% backpropagated gradient and gradapprox the two-sided estimate, vectors of all parameters
grad, gradapprox \in \mathbb{R}^{P}

difference = \frac {\mid\mid grad - gradapprox \mid\mid_2}{\mid\mid grad \mid\mid_2 + \mid\mid gradapprox \mid\mid_2}
