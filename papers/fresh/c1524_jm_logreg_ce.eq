% Jurafsky & Martin, Speech and Language Processing (3rd ed. draft), Ch. 5, Eq. 5.23 (the cross-entropy loss of
% logistic regression) as printed; one example x with n features, weights w, bias b, gold label y (prose).
% Printing as remembered (not fetched).
w, x \in \mathbb{R}^{n}, b, y \in \mathbb{R}

L_{CE}(\hat{y},y) = -[y \log \sigma(w\cdot x+b) + (1-y) \log (1-\sigma(w\cdot x+b))]
