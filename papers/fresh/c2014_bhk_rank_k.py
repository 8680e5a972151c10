from h import *
rng=np.random.default_rng(2014); n,d=5,4; A=rng.normal(size=(n,d)); U,s,Vt=np.linalg.svd(A,full_matrices=False); k=2
run('c2014_bhk_rank_k', {r'\mathbf{u}_i':U.T, r'\mathbf{v}_i':Vt, r'\sigma':s, 'k':k}, (U[:,:k]*s[:k])@Vt[:k])
