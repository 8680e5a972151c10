from h import *
rng=np.random.default_rng(1094); n,d=6,3; L=rng.normal(size=(n,n))*.3; E=rng.normal(size=(n,d)); W1,W2=rng.normal(size=(d,d)),rng.normal(size=(d,d))
# the authors' code: side = L E; sum = (side + E) W1; bi = (E * side) W2 (the product with W2 after the element-wise one)
side=T(L)@T(E); out=torch.nn.functional.leaky_relu((side+T(E))@T(W1)+(side*T(E))@T(W2),0.01)
run('c1094_ngcf', {r'\mathcal{L}':L, r'\mathbf{E}^{(l-1)}':E, r'\mathbf{W}_1^{(l)}':W1, r'\mathbf{W}_2^{(l)}':W2}, out.numpy())
