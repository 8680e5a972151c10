from h import *
n,w=6,1; i=np.arange(n)
run('c360_sliding_window_mask', {'w':w,'n':n}, np.where(np.abs(i[:,None]-i[None,:])<=w,0.0,-np.inf), fn='M')
