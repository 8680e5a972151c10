from h import *
run('c1702_sb_incremental_mean', {'Q_n':0.4,'R_n':1.5,'n':4.0}, np.array(0.4+(1.5-0.4)/4), fn='Q_{n+1}')
