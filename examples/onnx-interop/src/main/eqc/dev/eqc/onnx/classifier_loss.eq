% The loss of a classifier whose logits z come from ONNX Runtime: softmax (Goodfellow, Bengio &
% Courville, 2016, Eq. 6.29) and cross-entropy against a target distribution y over C classes.
% Batched at run time: z and y of shape [N, C] give p of shape [N, C] and L of shape [N].
z \in \mathbb{R}^{C}
y \in \mathbb{R}^{C}

p = \mathrm{softmax}(z)
L = -\sum_{i=1}^{C} y_i \log p_i
