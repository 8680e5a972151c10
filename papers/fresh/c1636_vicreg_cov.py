from h import *
rng=np.random.default_rng(1636); n,d=6,3; Z=rng.normal(size=(n,d))
C=torch.cov(T(Z).T)  # (n-1)-normalised covariance of the columns
out=(C.pow(2).sum()-C.diagonal().pow(2).sum())/d
run('c1636_vicreg_cov', {'Z':Z}, {'C':C.numpy(),'c':out.numpy()}, fn=['C','c'])
