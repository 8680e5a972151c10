% deeplearning.ai (Ng), "Building your Deep Neural Network: Step by Step", linear forward, as printed (from memory of
% the notebook): shapes from the notebook's prose, W^[l] (n^[l], n^[l-1]), A^[l-1] (n^[l-1], m), b^[l] (n^[l], 1)
% broadcast over the m examples
W^{[l]} \in \mathbb{R}^{n^{[l]} \times n^{[l-1]}}, A^{[l-1]} \in \mathbb{R}^{n^{[l-1]} \times m}, b^{[l]} \in \mathbb{R}^{n^{[l]} \times 1}

Z^{[l]} = W^{[l]}A^{[l-1]} +b^{[l]}
