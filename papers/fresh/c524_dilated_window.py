from h import *
n,w,d=7,1,2; i=np.arange(n); D=i[:,None]-i[None,:]
run('c524_dilated_window', {'w':w,'d':d,'n':n}, np.where((np.abs(D)<=w*d)&(D%d==0),0.0,-np.inf), fn='M')
