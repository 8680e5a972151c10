% Wikipedia, "Perceptron" (Definition) as printed: the threshold function of one input x in R^m with weights w and
% bias b (prose). Printing as remembered (not fetched).
\mathbf{w}, \mathbf{x} \in \mathbb{R}^{m}, b \in \mathbb{R}

f(\mathbf{x}) = \begin{cases}1 & \text{if }\ \mathbf{w} \cdot \mathbf{x} + b > 0,\\0 & \text{otherwise}\end{cases}
