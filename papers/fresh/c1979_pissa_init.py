from h import *
rng=np.random.default_rng(1979); m,n,r=5,4,2; W=rng.normal(size=(m,n)); U,s,Vt=np.linalg.svd(W,full_matrices=False); S=np.diag(s); V=Vt.T
run('c1979_pissa_init', {'U':U,'S':S,'V':V,'r':r}, {'A':U[:,:r]@np.sqrt(S[:r,:r]), 'B':np.sqrt(S[:r,:r])@V[:,:r].T}, fn=['A','B'])
