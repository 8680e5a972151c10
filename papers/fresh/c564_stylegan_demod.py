from h import *
rng=np.random.default_rng(564); I,J,K=3,4,5
w=rng.normal(size=(I,J,K)); s=rng.normal(size=I)
w1=s[:,None,None]*w
w2=w1/np.sqrt((w1**2).sum(axis=(0,2),keepdims=True)+1e-8)
run('c564_stylegan_demod', {'w':w,'s':s}, w2, fn="w''")
run('c564_stylegan_demod', {'w':w,'s':s}, w1, fn="w'")
