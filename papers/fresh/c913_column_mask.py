from h import *
rng=np.random.default_rng(913); Tn,L=6,3
A=torch.softmax(T(rng.normal(size=(Tn,L))),0)
M=torch.sigmoid(24*(A-0.25*A.max(0,keepdim=True).values))
run('c913_column_mask', {r'\mathbf{A}':A.numpy()}, M.numpy())
